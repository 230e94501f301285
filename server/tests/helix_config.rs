//! The Helix configuration we ship (editors/helix/languages.toml) and the
//! one docs/editors.md shows: both parse, start `kata lsp` beside
//! rust-analyzer for Rust, and say the same thing.

use std::path::Path;
use toml::Value;

fn repo_file(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What matters of a languages.toml: the kata server's command line and
/// settings, and the Rust language's servers, in order.
fn summary(text: &str) -> String {
    let doc: Value = toml::from_str(text).expect("languages.toml parses");
    let server = &doc["language-server"]["kata"];
    let rust = doc["language"]
        .as_array()
        .expect("[[language]]")
        .iter()
        .find(|l| l["name"].as_str() == Some("rust"))
        .expect("a rust [[language]]");
    format!(
        "command: {} {}\nconfig: {}\nrust servers: {}",
        server["command"],
        server["args"],
        server
            .get("config")
            .map(ToString::to_string)
            .unwrap_or_default(),
        rust["language-servers"],
    )
}

/// The first ```toml block after `## Helix` in docs/editors.md.
fn docs_block() -> String {
    let docs = repo_file("docs/editors.md");
    let helix = &docs[docs.find("## Helix").expect("docs/editors.md has ## Helix")..];
    let start = helix
        .find("```toml\n")
        .expect("a toml block under ## Helix")
        + 8;
    let len = helix[start..].find("```").expect("the block ends");
    helix[start..start + len].to_string()
}

#[test]
fn helix_runs_kata_lsp_beside_rust_analyzer() {
    let shipped = summary(&repo_file("editors/helix/languages.toml"));
    expect_test::expect![[r#"
        command: "kata" ["lsp"]
        config: { inlayHints = { enable = true }, measureGrowth = true, runOnSave = true }
        rust servers: ["rust-analyzer", "kata"]"#]]
    .assert_eq(&shipped);
    assert_eq!(
        summary(&docs_block()),
        shipped,
        "docs/editors.md shows another config"
    );
}
