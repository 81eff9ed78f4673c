import { useState, type ChangeEvent } from 'react';
import { CREATIVE_IMAGE_MAX_BYTES, CREATIVE_IMAGE_TYPES, useUploadCreativeImage, type CreativeImageRef, type UploadedCreativeImage } from '../../api/hooks/creatives';

/**
 * The wizard's "Upload image" control: a quick check of type and size before sending (the API
 * decides by the bytes), the upload, and each platform's verdict on the uploaded image.
 */
export function useCreativeImageUpload(onChange: (image: CreativeImageRef | null) => void) {
  const upload = useUploadCreativeImage();
  const [clientError, setClientError] = useState<string>();
  const [verdicts, setVerdicts] = useState<UploadedCreativeImage['platforms']>([]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again still fires a change
    if (!file) return;
    setClientError(undefined);
    upload.reset();
    if (!(CREATIVE_IMAGE_TYPES as readonly string[]).includes(file.type)) return setClientError('Choose a PNG, JPEG or WebP image.');
    if (file.size > CREATIVE_IMAGE_MAX_BYTES) return setClientError('The image must be at most 5 MB.');
    upload.mutate(file, {
      onSuccess: (image) => {
        setVerdicts(image.platforms);
        onChange({ key: image.key, url: image.url, format: image.format, width: image.width, height: image.height });
      },
    });
  };

  const remove = () => {
    setVerdicts([]);
    upload.reset();
    onChange(null);
  };

  return { choose, remove, uploading: upload.isPending, clientError, apiError: upload.error, verdicts };
}
