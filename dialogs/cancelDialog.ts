/** "Hugo ne viendra pas vendredi": cancel booked days (the place goes to another family). */
import { BookingChangeDialog } from './bookingChangeDialog';
import type { DialogServices } from './services';

export const CANCEL_DIALOG = 'cancel';

export class CancelDialog extends BookingChangeDialog {
  constructor(services: DialogServices) {
    super(CANCEL_DIALOG, 'cancel', services);
  }
}
