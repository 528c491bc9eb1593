import coreWebVitals from 'eslint-config-next/core-web-vitals';
import typescript from 'eslint-config-next/typescript';

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: ['node_modules/**', '.next/**', '.data/**', 'next-env.d.ts', 'coverage/**'],
  },
  {
    // lib/ holds the use cases: it must not reach up into delivery code or Next.
    files: ['lib/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '../app/*', '../../app/*'], message: 'lib/ und db/ dürfen app/ nicht importieren.' },
            { group: ['next', 'next/*'], message: 'lib/ kennt Next nicht: Anfragebezogenes (Sitzung, Weiterleitung) liegt in app/_lib.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', '*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
