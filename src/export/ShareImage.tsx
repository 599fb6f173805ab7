/**
 * A picture to press and hold, for WeChat's browser, which drops downloads without a word (lib/wechat.ts): instead of
 * a file, the PNG opens as an image in a dialog that says 长按图片保存或发送给朋友 / "Press and hold the image to save or
 * send it", WeChat's own menu for an image then saving it or sending it to a chat. The image is a data: URL (the CSP's
 * img-src allows it), which WeChat's press-and-hold menu takes where a blob: URL may not be saved.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '../lib/LangContext'
import { messages } from './messages'

interface Shown {
  src: string
  alt: string
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'))
    reader.readAsDataURL(blob)
  })
}

/** `share(png, alt)` opens the picture in the dialog; render `dialog` where the control is. */
export function useShareImage() {
  const [shown, setShown] = useState<Shown | null>(null)
  const share = async (png: Blob, alt: string) => setShown({ src: await dataUrl(png), alt })
  const dialog = shown ? <ShareImageDialog image={shown} onClose={() => setShown(null)} /> : null
  return { share, dialog }
}

function ShareImageDialog({ image, onClose }: { image: Shown; onClose: () => void }) {
  const t = useMessages(messages)
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog ref={ref} className="share-image" aria-labelledby={titleId} onClose={onClose}>
      <div className="share-image-head">
        <h2 id={titleId}>{t.pressAndHold}</h2>
        <button type="button" autoFocus onClick={() => ref.current?.close()}>
          {t.closeImage}
        </button>
      </div>
      <img src={image.src} alt={image.alt} />
    </dialog>
  )
}
