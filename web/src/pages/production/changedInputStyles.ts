/** Number inputs of editable grids: right-aligned, and highlighted once changed from the saved value. */
export const INPUT_STYLES = { input: { textAlign: 'right' as const } };

export const CHANGED_INPUT_STYLES = {
  input: {
    ...INPUT_STYLES.input,
    backgroundColor: 'var(--mantine-color-yellow-light)',
    borderColor: 'var(--mantine-color-yellow-filled)',
    fontWeight: 600,
  },
};
