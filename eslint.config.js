import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core knows nothing of GitHub's libraries; only the transport (src/github/) and the front ends use them.
    files: ['src/**/*.ts'],
    ignores: ['src/github/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*', 'probot', 'probot/*', '@octokit/*'], message: 'Only src/github/ and the front ends talk to GitHub.' }] }],
    },
  },
  {
    // Forge-neutral planning: a GitLab front end could reuse it, so nothing of GitHub's libraries and nothing of src/github/.
    files: ['src/review/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*', 'probot', 'probot/*', '@octokit/*'], message: 'src/review/ is forge-neutral: no GitHub libraries.' },
            { group: ['**/github/*', '../github', '**/github'], message: 'src/review/ is forge-neutral: it plans, src/github/ applies.' },
          ],
        },
      ],
    },
  },
);
