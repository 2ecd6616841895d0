//! Files in and out of the browser: downloads and reading a chosen file. No server involved.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    download_blob(name, mime, &js_sys::Array::of1(&JsValue::from_str(content)))
}

/// Offers `bytes` as a file download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    download_blob(
        name,
        mime,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)),
    )
}

fn download_blob(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser has taken the blob for the download by now.
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Offers a `data:` URL as a file download.
fn download_url(name: &str, url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(url);
    link.set_download(name);
    link.click();
    Ok(())
}

/// Draws an SVG at `scale` times its size on a canvas and offers it as a PNG download.
pub async fn download_png(name: &str, svg: &str, scale: f64) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let img: web_sys::HtmlImageElement = document.create_element("img")?.dyn_into()?;
    let encoded: String = js_sys::encode_uri_component(svg).into();
    img.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    wasm_bindgen_futures::JsFuture::from(img.decode()).await?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((f64::from(img.natural_width()) * scale) as u32);
    canvas.set_height((f64::from(img.natural_height()) * scale) as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    context.scale(scale, scale)?;
    context.draw_image_with_html_image_element(&img, 0.0, 0.0)?;
    download_url(name, &canvas.to_data_url_with_type("image/png")?)
}

/// The text of a file the user chose, and how many places held bytes that are not UTF-8
/// (read as "�"; the browser's own `text()` would replace them without saying so).
pub async fn read_text(file: &web_sys::File) -> Result<(String, usize), JsValue> {
    Ok(klantreis_core::text::decode(&read_bytes(file).await?))
}

/// The bytes of a file the user chose.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A file name made of a title: letters, digits and dashes only.
pub fn file_name(title: &str, extension: &str) -> String {
    let mut name: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while name.contains("--") {
        name = name.replace("--", "-");
    }
    let name = name.trim_matches('-');
    let name = if name.is_empty() { "klantreis" } else { name };
    format!("{}.{extension}", name.chars().take(60).collect::<String>())
}
