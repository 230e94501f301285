// learner: optimal
// idiom: Kotlin-dev style: BTreeSet for distinct query words, peekable-iterator merge with cmp match, Vec<(DocId, u32)> postings, binary-search-free walk for tf
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (pos, ch) in text.char_indices() {
        match (ch.is_alphanumeric(), start) {
            (true, None) => start = Some(pos),
            (false, Some(s)) => {
                words.push(text[s..pos].to_lowercase());
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(text[s..].to_lowercase());
    }
    words
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

pub struct Index {
    postings: HashMap<String, Vec<(DocId, u32)>>,
    total: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (doc, text) in docs.iter().enumerate() {
            for token in tokenize(text) {
                let list = postings.entry(token).or_default();
                match list.last_mut() {
                    Some((d, c)) if *d == doc => *c += 1,
                    _ => list.push((doc, 1)),
                }
            }
        }
        Index { postings, total: docs.len() }
    }

    fn lists_for(&self, query: &str) -> Vec<&Vec<(DocId, u32)>> {
        let distinct: BTreeSet<String> = tokenize(query).into_iter().collect();
        let mut lists = Vec::with_capacity(distinct.len());
        for word in &distinct {
            match self.postings.get(word) {
                Some(list) => lists.push(list),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|l| l.len());
        lists
    }

    fn hits(lists: &[&Vec<(DocId, u32)>]) -> Vec<DocId> {
        let Some((first, rest)) = lists.split_first() else {
            return Vec::new();
        };
        let mut current: Vec<DocId> = first.iter().map(|&(d, _)| d).collect();
        for list in rest {
            let ids: Vec<DocId> = list.iter().map(|&(d, _)| d).collect();
            current = intersect(&current, &ids);
        }
        current
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        Self::hits(&self.lists_for(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let lists = self.lists_for(query);
        let found = Self::hits(&lists);
        let mut scored: Vec<(DocId, f64)> = found.iter().map(|&d| (d, 0.0)).collect();
        for list in &lists {
            let idf = 1.0 + (self.total as f64 / list.len() as f64).ln();
            let mut it = list.iter();
            for entry in scored.iter_mut() {
                let tf = it.find(|(d, _)| *d == entry.0).map(|&(_, c)| c).unwrap_or(0);
                entry.1 += tf as f64 * idf;
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored
    }
}
