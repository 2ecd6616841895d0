//! Klantreis in the browser: Leptos components on top of the plain-Rust domain in
//! `klantreis-core`, with IndexedDB storage.

pub mod app;
pub mod browser;
pub mod components;
pub mod explain;
pub mod files;
pub mod i18n;
pub mod labels;
pub mod lazy;
pub mod pages;
pub mod state;
pub mod storage;
pub mod team;
