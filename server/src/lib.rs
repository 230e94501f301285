pub mod analysis;
pub mod catalog;
pub mod cli;
pub mod engine;
pub mod lsp;
pub mod practice;
pub mod runner;
