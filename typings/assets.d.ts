/* Files the pages import as modules (webpack handles them at build time). */

declare module '*.png'
declare module '*.scss'
