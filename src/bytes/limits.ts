/** The largest file the project reads or attaches: 25 MiB, the largest attachment Outlook accepts. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
