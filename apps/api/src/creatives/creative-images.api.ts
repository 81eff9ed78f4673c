/**
 * What other modules may use of the creative images (a second entry of the creatives module, so
 * campaigns can load it without the copy studio, which itself imports campaigns' calls to action).
 */
export { CreativeImagesService, imageUrl } from './images/creative-images.service';
export { CreativeImagesModule } from './images/creative-images.module';
