import { handleTenderPush, type HttpEvent } from '../../../server/tender/push'

/** HTTP-triggered (CloudBase HTTP access service): the city tender platform's signed stage pushes. */
export const main = (event: HttpEvent) => handleTenderPush(event)
