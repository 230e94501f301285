// learner: optimal
// idiom: Dart/Flutter-turned-Rust: a Posting value class, HashMap<String, List<Posting>>, intersect as a match on Ordering over peekable iterators, search as a fold, ranked scores collected into a HashMap then sorted
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap, HashSet};

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left = a.iter().peekable();
    let mut right = b.iter().peekable();
    let mut common = Vec::new();
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
    termFrequency: u32,
}

#[allow(non_snake_case)]
pub struct Index {
    docCount: usize,
    postings: HashMap<String, Vec<Posting>>,
}

#[allow(non_snake_case)]
impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<Posting>> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for term in tokenize(text) {
                let list = postings.entry(term).or_default();
                match list.last_mut() {
                    Some(last) if last.doc == doc => last.termFrequency += 1,
                    _ => list.push(Posting { doc, termFrequency: 1 }),
                }
            }
        }
        Index { docCount: docs.len(), postings }
    }

    fn _distinctTerms(query: &str) -> BTreeSet<String> {
        tokenize(query).into_iter().collect()
    }

    fn _docIds(list: &[Posting]) -> Vec<DocId> {
        list.iter().map(|p| p.doc).collect()
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let terms = Self::_distinctTerms(query);
        let mut lists: Vec<&Vec<Posting>> = Vec::with_capacity(terms.len());
        for term in &terms {
            match self.postings.get(term) {
                Some(list) => lists.push(list),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|list| list.len());
        let Some((first, rest)) = lists.split_first() else {
            return Vec::new();
        };
        rest.iter().fold(Self::_docIds(first), |acc, list| intersect(&acc, &Self::_docIds(list)))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let matches: HashSet<DocId> = self.search(query).into_iter().collect();
        if matches.is_empty() {
            return Vec::new();
        }
        let total = self.docCount as f64;
        let mut scores: HashMap<DocId, f64> = HashMap::new();
        for term in Self::_distinctTerms(query) {
            let list = &self.postings[&term];
            let idf = 1.0 + (total / list.len() as f64).ln();
            for posting in list.iter().filter(|p| matches.contains(&p.doc)) {
                *scores.entry(posting.doc).or_insert(0.0) += posting.termFrequency as f64 * idf;
            }
        }
        let mut ranking: Vec<(DocId, f64)> = scores.into_iter().collect();
        ranking.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then_with(|| a.0.cmp(&b.0)));
        ranking
    }
}
