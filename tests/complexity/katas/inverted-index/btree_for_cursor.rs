// learner: optimal
// idiom: BTreeMap index, byte-offset tokenizer with char_indices, intersect as a for loop over a with a cursor into b, helper fns
use std::collections::BTreeMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (pos, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            if start.is_none() {
                start = Some(pos);
            }
        } else if let Some(s) = start.take() {
            out.push(text[s..pos].to_lowercase());
        }
    }
    if let Some(s) = start {
        out.push(text[s..].to_lowercase());
    }
    out
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut common = Vec::new();
    let mut j = 0;
    for &x in a {
        while j < b.len() && b[j] < x {
            j += 1;
        }
        if j == b.len() {
            break;
        }
        if b[j] == x {
            common.push(x);
            j += 1;
        }
    }
    common
}

struct TermInfo {
    ids: Vec<DocId>,
    freqs: Vec<u32>,
}

pub struct Index {
    table: BTreeMap<String, TermInfo>,
    total_docs: usize,
}

fn unique_terms(query: &str) -> Vec<String> {
    let mut t = tokenize(query);
    t.sort_unstable();
    t.dedup();
    t
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut table: BTreeMap<String, TermInfo> = BTreeMap::new();
        for (i, d) in docs.iter().enumerate() {
            for w in tokenize(d) {
                let info = table.entry(w).or_insert_with(|| TermInfo { ids: Vec::new(), freqs: Vec::new() });
                if info.ids.last().copied() == Some(i) {
                    let last = info.freqs.len() - 1;
                    info.freqs[last] += 1;
                } else {
                    info.ids.push(i);
                    info.freqs.push(1);
                }
            }
        }
        Index { table, total_docs: docs.len() }
    }

    fn lists(&self, query: &str) -> Vec<&TermInfo> {
        let terms = unique_terms(query);
        let mut lists = Vec::with_capacity(terms.len());
        for t in &terms {
            match self.table.get(t) {
                Some(info) => lists.push(info),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|info| info.ids.len());
        lists
    }

    fn matching(lists: &[&TermInfo]) -> Vec<DocId> {
        if lists.is_empty() {
            return Vec::new();
        }
        let mut acc = lists[0].ids.clone();
        for info in &lists[1..] {
            if acc.is_empty() {
                break;
            }
            acc = intersect(&acc, &info.ids);
        }
        acc
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        Self::matching(&self.lists(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let lists = self.lists(query);
        let hits = Self::matching(&lists);
        let mut scores = vec![0.0f64; hits.len()];
        for info in &lists {
            let weight = 1.0 + (self.total_docs as f64 / info.ids.len() as f64).ln();
            let mut at = 0;
            for (slot, &doc) in hits.iter().enumerate() {
                while info.ids[at] != doc {
                    at += 1;
                }
                scores[slot] += info.freqs[at] as f64 * weight;
            }
        }
        let mut result: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        result.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap().then(x.0.cmp(&y.0)));
        result
    }
}
