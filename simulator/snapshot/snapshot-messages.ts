// Messages of the snapshot and seed control endpoints, shared by the code and its tests.
export const snapshotMessages = {
  notASnapshot: (why: string) => `not an omise-sim snapshot: ${why}`,
  invalidAt: (path: string) => `snapshot field ${path} is missing or invalid`,
  unknownReference: (path: string, id: string) =>
    `snapshot field ${path} names ${id}, which is not in the file`,
  duplicateId: (path: string, id: string) => `snapshot field ${path} repeats the id ${id}`,
  oneAccountExpected: (count: number) =>
    `the snapshot holds ${count} accounts: import it with all=true, or export one account`,
  settingsInvalid: (path: string, why: string) => `snapshot field ${path}: ${why}`,
  unreadableFile: (file: string, why: string) => `cannot load snapshot ${file}: ${why}`,
} as const;
