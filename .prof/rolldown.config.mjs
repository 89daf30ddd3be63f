export default ['setup-db', 'run-export', ...(process.env.EXTRA ?? '').split(',').filter(Boolean)].map((f) => ({
  input: `./.prof/${f}.ts`,
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  output: { file: `./.prof/${f}.mjs`, format: 'esm' },
}));
