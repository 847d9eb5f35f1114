/** URLs of the verify subpackage's pages: anyone can recompute a published result. */
export const verifyRoutes = {
  result: () => '/packages/verify/pages/index/index',
}
