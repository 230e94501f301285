// learner: optimal
// idiom: C#-style: term dictionary to ids into a Vec arena of TermPostings, peekable-iterator intersect, BTreeSet for distinct query terms
use std::collections::{BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            current.push(ch);
        } else if !current.is_empty() {
            words.push(current.to_lowercase());
            current.clear();
        }
    }
    if !current.is_empty() {
        words.push(current.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().peekable();
    let mut right = b.iter().peekable();
    let mut common = Vec::new();
    while let (Some(&&x), Some(&&y)) = (left.peek(), right.peek()) {
        if x < y {
            left.next();
        } else if y < x {
            right.next();
        } else {
            common.push(x);
            left.next();
            right.next();
        }
    }
    common
}

#[derive(Default)]
struct TermPostings {
    docs: Vec<DocId>,
    frequencies: Vec<u32>,
}

pub struct Index {
    term_ids: HashMap<String, usize>,
    terms: Vec<TermPostings>,
    total_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut index = Index { term_ids: HashMap::new(), terms: Vec::new(), total_docs: docs.len() };
        for (doc_id, text) in docs.iter().enumerate() {
            for token in tokenize(text) {
                let next_id = index.terms.len();
                let term_id = *index.term_ids.entry(token).or_insert(next_id);
                if term_id == next_id {
                    index.terms.push(TermPostings::default());
                }
                let postings = &mut index.terms[term_id];
                if postings.docs.last() == Some(&doc_id) {
                    *postings.frequencies.last_mut().unwrap() += 1;
                } else {
                    postings.docs.push(doc_id);
                    postings.frequencies.push(1);
                }
            }
        }
        index
    }

    fn resolve(&self, query: &str) -> Option<Vec<&TermPostings>> {
        let distinct: BTreeSet<String> = tokenize(query).into_iter().collect();
        if distinct.is_empty() {
            return None;
        }
        let mut found: Vec<&TermPostings> = Vec::with_capacity(distinct.len());
        for term in &distinct {
            let id = self.term_ids.get(term)?;
            found.push(&self.terms[*id]);
        }
        found.sort_by_key(|p| p.docs.len());
        Some(found)
    }

    fn matching(postings: &[&TermPostings]) -> Vec<DocId> {
        let mut result = postings[0].docs.clone();
        for p in &postings[1..] {
            if result.is_empty() {
                break;
            }
            result = intersect(&result, &p.docs);
        }
        result
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.resolve(query).map(|p| Self::matching(&p)).unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let Some(postings) = self.resolve(query) else {
            return Vec::new();
        };
        let hits = Self::matching(&postings);
        let mut scored: Vec<(DocId, f64)> = hits.iter().map(|&d| (d, 0.0)).collect();
        for p in &postings {
            let weight = 1.0 + (self.total_docs as f64 / p.docs.len() as f64).ln();
            let mut position = 0usize;
            for entry in scored.iter_mut() {
                while p.docs[position] < entry.0 {
                    position += 1;
                }
                entry.1 += f64::from(p.frequencies[position]) * weight;
            }
        }
        scored.sort_by(|x, y| y.1.total_cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        scored
    }
}
