// learner: optimal
// idiom: Haskell-convert: BTreeMap of term -> Vec<(DocId, tf)>, peekable-iterator merge, BTreeSet for distinct query words, Option combinators
use std::collections::{BTreeMap, BTreeSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current_word = String::new();
    for character in text.chars() {
        if character.is_alphanumeric() {
            current_word.push(character);
        } else if !current_word.is_empty() {
            words.push(current_word.to_lowercase());
            current_word.clear();
        }
    }
    if !current_word.is_empty() {
        words.push(current_word.to_lowercase());
    }
    words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut left_ids = a.iter().peekable();
    let mut right_ids = b.iter().peekable();
    let mut shared_ids = Vec::new();
    while let (Some(&&left_id), Some(&&right_id)) = (left_ids.peek(), right_ids.peek()) {
        if left_id == right_id {
            shared_ids.push(left_id);
            left_ids.next();
            right_ids.next();
        } else if left_id < right_id {
            left_ids.next();
        } else {
            right_ids.next();
        }
    }
    shared_ids
}

pub struct Index {
    term_postings: BTreeMap<String, Vec<(DocId, u32)>>,
    total_documents: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut term_postings: BTreeMap<String, Vec<(DocId, u32)>> = BTreeMap::new();
        for (document_id, document_text) in docs.iter().enumerate() {
            for word in tokenize(document_text) {
                let postings = term_postings.entry(word).or_default();
                match postings.last_mut() {
                    Some((last_id, frequency)) if *last_id == document_id => *frequency += 1,
                    _ => postings.push((document_id, 1)),
                }
            }
        }
        Index { term_postings, total_documents: docs.len() }
    }

    fn postings_for_query(&self, query: &str) -> Option<Vec<&Vec<(DocId, u32)>>> {
        let distinct_words: BTreeSet<String> = tokenize(query).into_iter().collect();
        if distinct_words.is_empty() {
            return None;
        }
        distinct_words
            .iter()
            .map(|word| self.term_postings.get(word))
            .collect()
    }

    fn matching_documents(postings: &[&Vec<(DocId, u32)>]) -> Vec<DocId> {
        let shortest_index = (0..postings.len())
            .min_by_key(|&position| postings[position].len())
            .unwrap_or(0);
        let mut survivors: Vec<DocId> =
            postings[shortest_index].iter().map(|&(document_id, _)| document_id).collect();
        for (position, posting) in postings.iter().enumerate() {
            if position == shortest_index {
                continue;
            }
            let posting_ids: Vec<DocId> = posting.iter().map(|&(document_id, _)| document_id).collect();
            survivors = intersect(&survivors, &posting_ids);
        }
        survivors
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.postings_for_query(query)
            .map(|postings| Self::matching_documents(&postings))
            .unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let postings = match self.postings_for_query(query) {
            Some(postings) => postings,
            None => return Vec::new(),
        };
        let survivors = Self::matching_documents(&postings);
        let mut ranking: Vec<(DocId, f64)> = survivors.iter().map(|&document_id| (document_id, 0.0)).collect();
        for posting in &postings {
            let weight = 1.0 + (self.total_documents as f64 / posting.len() as f64).ln();
            let mut posting_entries = posting.iter();
            for entry in ranking.iter_mut() {
                let term_frequency = posting_entries
                    .by_ref()
                    .find(|&&(document_id, _)| document_id == entry.0)
                    .map(|&(_, frequency)| frequency)
                    .unwrap_or(0);
                entry.1 += term_frequency as f64 * weight;
            }
        }
        ranking.sort_by(|left, right| right.1.total_cmp(&left.1).then_with(|| left.0.cmp(&right.0)));
        ranking
    }
}
