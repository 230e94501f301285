// learner: optimal
// idiom: Dart-ish: small Posting value type, HashMap<String, Vec<Posting>>, iterator chains, fold over shortest-first lists
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: DocId,
    tf: u32,
}

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        match x.cmp(&y) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                out.push(x);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

pub struct Index {
    terms: HashMap<String, Vec<Posting>>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut terms: HashMap<String, Vec<Posting>> = HashMap::new();
        docs.iter().enumerate().for_each(|(doc, text)| {
            tokenize(text).into_iter().for_each(|word| {
                let list = terms.entry(word).or_default();
                match list.last_mut() {
                    Some(p) if p.doc == doc => p.tf += 1,
                    _ => list.push(Posting { doc, tf: 1 }),
                }
            })
        });
        Index { terms, doc_count: docs.len() }
    }

    fn query_lists(&self, query: &str) -> Option<Vec<&[Posting]>> {
        let words: HashSet<String> = tokenize(query).into_iter().collect();
        if words.is_empty() {
            return None;
        }
        let mut lists = words
            .iter()
            .map(|w| self.terms.get(w).map(Vec::as_slice))
            .collect::<Option<Vec<_>>>()?;
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(lists) = self.query_lists(query) else { return Vec::new() };
        let first: Vec<DocId> = lists[0].iter().map(|p| p.doc).collect();
        lists[1..].iter().fold(first, |acc, list| {
            let ids: Vec<DocId> = list.iter().map(|p| p.doc).collect();
            intersect(&acc, &ids)
        })
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let Some(lists) = self.query_lists(query) else { return Vec::new() };
        let n = self.doc_count as f64;
        let mut scores = vec![0.0f64; hits.len()];
        for list in lists {
            let idf = 1.0 + (n / list.len() as f64).ln();
            let mut cursor = list.iter().peekable();
            for (slot, &doc) in hits.iter().enumerate() {
                while cursor.next_if(|p| p.doc < doc).is_some() {}
                if let Some(p) = cursor.peek() {
                    scores[slot] += p.tf as f64 * idf;
                }
            }
        }
        let mut ranked: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }
}
