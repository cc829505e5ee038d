import { InMemoryOutboxRepository } from './support/inMemoryOutboxRepository';
import { describeOutboxRepositoryContract } from './support/outboxRepositoryContract';

describeOutboxRepositoryContract('in memory (test fake)', async () => {
  const repository = new InMemoryOutboxRepository();
  return { repository, transaction: (work) => repository.transaction(work) };
});
