// learner: optimal
// idiom: TS-style: HashMap<String, Vec<Posting>> of structs, split/filter/map tokenizer, fold over intersections, match on Ordering, closures everywhere
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut common = Vec::new();
    let (mut left, mut right) = (a.iter().peekable(), b.iter().peekable());
    while let (Some(&&x), Some(&&y)) = (left.peek(), right.peek()) {
        match x.cmp(&y) {
            Ordering::Less => {
                left.next();
            }
            Ordering::Greater => {
                right.next();
            }
            Ordering::Equal => {
                common.push(x);
                left.next();
                right.next();
            }
        }
    }
    common
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: DocId,
    count: u32,
}

pub struct Index {
    postings: HashMap<String, Vec<Posting>>,
    doc_ids: HashMap<String, Vec<DocId>>,
    total_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<Posting>> = HashMap::new();
        docs.iter().enumerate().for_each(|(doc, text)| {
            for word in tokenize(text) {
                let list = postings.entry(word).or_default();
                match list.last_mut() {
                    Some(last) if last.doc == doc => last.count += 1,
                    _ => list.push(Posting { doc, count: 1 }),
                }
            }
        });
        let doc_ids = postings
            .iter()
            .map(|(word, list)| (word.clone(), list.iter().map(|p| p.doc).collect()))
            .collect();
        Index { postings, doc_ids, total_docs: docs.len() }
    }

    fn unique_words(query: &str) -> Vec<String> {
        let mut seen = HashSet::new();
        tokenize(query).into_iter().filter(|w| seen.insert(w.clone())).collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let words = Self::unique_words(query);
        let lists: Option<Vec<&Vec<DocId>>> = words.iter().map(|w| self.doc_ids.get(w)).collect();
        let mut lists = match lists {
            Some(lists) if !lists.is_empty() => lists,
            _ => return vec![],
        };
        lists.sort_by_key(|list| list.len());
        let (first, rest) = lists.split_first().unwrap();
        rest.iter().fold(first.to_vec(), |acc, list| intersect(&acc, list))
    }

    fn idf(&self, word: &str) -> f64 {
        let df = self.postings.get(word).map_or(1, |l| l.len()) as f64;
        1.0 + (self.total_docs as f64 / df).ln()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let hits = self.search(query);
        let mut scores: HashMap<DocId, f64> = hits.iter().map(|&d| (d, 0.0)).collect();
        for word in Self::unique_words(query) {
            let idf = self.idf(&word);
            if let Some(list) = self.postings.get(&word) {
                list.iter().for_each(|p| {
                    if let Some(score) = scores.get_mut(&p.doc) {
                        *score += p.count as f64 * idf;
                    }
                });
            }
        }
        let mut ranked: Vec<(DocId, f64)> = hits.iter().map(|d| (*d, scores[d])).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        ranked
    }
}
