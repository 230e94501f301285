//! Tidy checks over the source tree.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Only `server/src/lsp/` may know the protocol: the engine (catalog,
/// analysis, runner, practice) and the CLI stay free of it.
#[test]
fn only_the_lsp_module_imports_the_protocol_crate() {
    let server = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server");
    let src = server.join("src");
    let lsp = src.join("lsp");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    for extra in ["tests", "examples", "benches", "build.rs"] {
        let path = server.join(extra);
        if path.is_dir() {
            rust_files(&path, &mut files);
        }
    }
    assert!(files.len() > 10, "found only {files:?}");
    let mut offenders = Vec::new();
    for file in &files {
        if file.starts_with(&lsp) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for (i, line) in text.lines().enumerate() {
            if line.contains("tower_lsp_server") || line.contains("ls_types::") {
                offenders.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "the protocol crate is used outside server/src/lsp/:\n{}",
        offenders.join("\n")
    );
}

/// The complexity estimator is split by concern (cost algebra, loops, loop
/// bounds, branches, calls, recursion, the cost table, copies, growth, …):
/// a file that outgrows about 600 lines holds more than one concern.
#[test]
fn complexity_estimator_files_stay_small() {
    let estimator = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server/src/analysis/complexity");
    let mut files = Vec::new();
    rust_files(&estimator, &mut files);
    assert!(files.len() > 20, "found only {files:?}");
    let mut too_long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).unwrap().lines().count();
            (lines > 600).then(|| format!("{}: {lines} lines", f.display()))
        })
        .collect();
    too_long.sort();
    assert!(
        too_long.is_empty(),
        "estimator files over 600 lines (split them by concern):\n{}",
        too_long.join("\n")
    );
}

/// The modules of `server/src/lsp/` and the ones each refers to through a
/// `super::…` or `crate::lsp::…` path (in `use` lines or inline), without
/// `tests/` and inline `#[cfg(test)] mod tests`. A module is named by its
/// path under `lsp/` (`state`, `handlers/hover`; `handlers` is
/// `handlers/mod.rs`, `` the root). References to an enclosing module
/// (`super::log`) are not edges: it is the namespace, not a dependency; a
/// `mod.rs` depends on its children, which it re-exports.
fn lsp_module_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use std::collections::{BTreeMap, BTreeSet};
    let lsp = Path::new(env!("CARGO_MANIFEST_DIR")).join("../server/src/lsp");
    let mut files = Vec::new();
    rust_files(&lsp, &mut files);
    let mut sources = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&lsp).unwrap().with_extension("");
        let mut segments: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if segments.first().is_some_and(|s| s == "tests") {
            continue;
        }
        let is_mod = segments.last().is_some_and(|s| s == "mod");
        if is_mod {
            segments.pop();
        }
        sources.insert(segments.join("/"), std::fs::read_to_string(&file).unwrap());
    }
    let known: BTreeSet<String> = sources.keys().cloned().collect();
    let parent = |m: &str| {
        m.rsplit_once('/')
            .map_or(String::new(), |(p, _)| p.to_string())
    };
    let is_ancestor = |a: &str, m: &str| a.is_empty() || m == a || m.starts_with(&format!("{a}/"));
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in &sources {
        let edges = graph.entry(module.clone()).or_default();
        if !module.is_empty() {
            for child in known
                .iter()
                .filter(|k| !k.is_empty() && parent(k) == *module)
            {
                edges.insert(child.clone());
            }
        }
        // Code only: without comments and the inline test module.
        let mut code = String::new();
        let mut lines = text.lines().peekable();
        while let Some(line) = lines.next() {
            let trimmed = line.trim();
            if trimmed == "#[cfg(test)]"
                && lines.peek().is_some_and(|next| {
                    let next = next.trim();
                    next.starts_with("mod tests {") || next.starts_with("pub mod tests {")
                })
            {
                break;
            }
            code.push_str(line.split("//").next().unwrap());
            code.push('\n');
        }
        let self_segments: Vec<&str> = if module.is_empty() {
            Vec::new()
        } else {
            module.split('/').collect()
        };
        let mut rest = code.as_str();
        while let Some(at) = rest.find(['s', 'c']) {
            let preceded_by_ident = rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
            let tail = &rest[at..];
            let (base, after) = if preceded_by_ident {
                (None, &tail[1..])
            } else if let Some(after) = tail.strip_prefix("crate::lsp::") {
                (Some(Vec::new()), after)
            } else if tail.starts_with("super::") {
                let mut base = self_segments.clone();
                let mut after = tail;
                while let Some(next) = after.strip_prefix("super::") {
                    base.pop();
                    after = next;
                }
                (Some(base), after)
            } else {
                (None, &tail[1..])
            };
            rest = after;
            let Some(base) = base else { continue };
            // One path, or a `{…}` group of paths.
            let items: Vec<String> = if let Some(group) = after.strip_prefix('{') {
                let mut depth = 1;
                let end = group
                    .find(|c: char| {
                        depth += match c {
                            '{' => 1,
                            '}' => -1,
                            _ => 0,
                        };
                        depth == 0
                    })
                    .unwrap();
                let mut items = Vec::new();
                let (mut depth, mut start) = (0, 0);
                for (i, c) in group[..end].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            items.push(group[start..i].trim().to_string());
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
                items.push(group[start..end].trim().to_string());
                items
            } else {
                let end = after
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(after.len());
                vec![after[..end].to_string()]
            };
            for item in items {
                let mut target = base.join("/");
                for segment in item.split("::").map(str::trim) {
                    let candidate = if target.is_empty() {
                        segment.to_string()
                    } else {
                        format!("{target}/{segment}")
                    };
                    if !known.contains(&candidate) {
                        break;
                    }
                    target = candidate;
                }
                if !is_ancestor(&target, module) {
                    edges.insert(target);
                }
            }
        }
    }
    graph
}

/// A circle in `graph`, if there is one, as the modules along it.
fn find_cycle(
    graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let graph = [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]
        .into_iter()
        .fold(std::collections::BTreeMap::new(), |mut g, (from, to)| {
            g.entry(from.to_string())
                .or_insert_with(std::collections::BTreeSet::new)
                .insert(to.to_string());
            g
        });
    assert_eq!(find_cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
}

/// The server's modules import each other in one direction: `server`
/// dispatches to `handlers`, which use the state, the background tasks
/// and the formatting modules; none of those imports a handler, and the
/// state imports no task (see server/src/lsp/mod.rs).
#[test]
fn lsp_modules_import_each_other_without_a_circle() {
    let graph = lsp_module_graph();
    let edge = |from: &str, to: &str| graph.get(from).is_some_and(|e| e.contains(to));
    // The parser sees the imports it must see.
    assert!(edge("server", "handlers"), "{graph:#?}");
    assert!(edge("handlers", "handlers/hover"), "{graph:#?}");
    assert!(edge("handlers/hover", "state"), "{graph:#?}");
    assert!(edge("handlers/execute_command", "runs"), "{graph:#?}");
    assert!(edge("runs", "state"), "{graph:#?}");
    assert!(edge("state", "diagnostics"), "{graph:#?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("an import circle in server/src/lsp/: {}", cycle.join(" → "));
    }
    for (from, to) in graph
        .iter()
        .flat_map(|(f, e)| e.iter().map(move |t| (f, t)))
    {
        let from_handler = from == "handlers" || from.starts_with("handlers/");
        if to.starts_with("handlers") && !from_handler {
            assert!(
                from.is_empty() || from == "server",
                "only `server` dispatches to handlers, but `{from}` imports `{to}`"
            );
        }
        if from == "state" {
            assert!(
                !["live", "runs", "server"].contains(&to.as_str()),
                "the state imports `{to}`"
            );
        }
    }
}
