// One jest config for the API and the libs. swc transpiles (fast); `npm run typecheck` checks types.
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
const common = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // ml-* packages ship ESM only: let swc turn them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(ml-|@faker-js|is-any-array|median-quickselect|num-sort|ml-array|@nestjs|file-type|@tokenizer|strtok3|token-types|uint8array-extras|load-esm)).+'],
  moduleNameMapper: { '^@adflux/segmentation$': '<rootDir>/libs/segmentation/src/index.ts' },
  rootDir: __dirname,
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/api/test/support/**/*.spec.ts', '<rootDir>/apps/api/test/architecture/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/apps/api/test/**/*.e2e-spec.ts'], setupFilesAfterEnv: ['<rootDir>/apps/api/test/jest-timeout.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts' },
  ],
};
