// learner: optimal
// idiom: C#-style LINQ: Dictionary<string, List<Posting>> of record structs, split+filter+map tokenizer, Aggregate-like fold over terms sorted by list length
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut result = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                result.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    result
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: DocId,
    count: u32,
}

pub struct Index {
    postings: HashMap<String, Vec<Posting>>,
    doc_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<Posting>> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for word in tokenize(text) {
                let list = postings.entry(word).or_default();
                match list.last_mut() {
                    Some(last) if last.doc == doc => last.count += 1,
                    _ => list.push(Posting { doc, count: 1 }),
                }
            }
        }
        Index { postings, doc_count: docs.len() }
    }

    fn query_lists(&self, query: &str) -> Option<Vec<&Vec<Posting>>> {
        let terms: HashSet<String> = tokenize(query).into_iter().collect();
        if terms.is_empty() {
            return None;
        }
        let mut lists = terms
            .iter()
            .map(|t| self.postings.get(t))
            .collect::<Option<Vec<_>>>()?;
        lists.sort_by_key(|l| l.len());
        Some(lists)
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let Some(lists) = self.query_lists(query) else {
            return Vec::new();
        };
        let first: Vec<DocId> = lists[0].iter().map(|p| p.doc).collect();
        lists[1..].iter().fold(first, |acc, list| {
            let ids: Vec<DocId> = list.iter().map(|p| p.doc).collect();
            intersect(&acc, &ids)
        })
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let Some(lists) = self.query_lists(query) else {
            return Vec::new();
        };
        let n = self.doc_count as f64;
        let mut scores = vec![0.0f64; hits.len()];
        for list in lists {
            let idf = 1.0 + (n / list.len() as f64).ln();
            let mut cursor = 0;
            for (slot, &doc) in hits.iter().enumerate() {
                while list[cursor].doc < doc {
                    cursor += 1;
                }
                scores[slot] += list[cursor].count as f64 * idf;
            }
        }
        let mut ranked: Vec<(DocId, f64)> = hits.into_iter().zip(scores).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }
}
