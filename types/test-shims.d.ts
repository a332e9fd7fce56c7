// Untyped internals that only the jest shims import.
declare module '@tarojs/components-react/dist/components/*'
declare module '@tarojs/plugin-framework-react/dist/runtime'
declare module 'react-dom'
