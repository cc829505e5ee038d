/** "Inscrire Léa mercredi": reserve days for one's children. */
import { BookingChangeDialog } from './bookingChangeDialog';
import type { DialogServices } from './services';

export const RESERVE_DIALOG = 'reserve';

export class ReserveDialog extends BookingChangeDialog {
  constructor(services: DialogServices) {
    super(RESERVE_DIALOG, 'reserve', services);
  }
}
