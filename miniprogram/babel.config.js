// babel-preset-taro compiles our TSX and the shared TypeScript in ../core for both targets.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
