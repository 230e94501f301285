// learner: optimal
// idiom: Haskell-convert: HashMap term -> posting struct (ids and counts side by side), shortest-first fold of intersections, index-loop merge
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    text.split(|character: char| !character.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase())
        .collect()
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut common_ids = Vec::new();
    let mut left_position = 0;
    let mut right_position = 0;
    while left_position < a.len() && right_position < b.len() {
        let left_id = a[left_position];
        let right_id = b[right_position];
        if left_id < right_id {
            left_position += 1;
        } else if right_id < left_id {
            right_position += 1;
        } else {
            common_ids.push(left_id);
            left_position += 1;
            right_position += 1;
        }
    }
    common_ids
}

#[derive(Default)]
struct PostingList {
    document_ids: Vec<DocId>,
    term_frequencies: Vec<u32>,
}

pub struct Index {
    postings_by_term: HashMap<String, PostingList>,
    document_count: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postings_by_term: HashMap<String, PostingList> = HashMap::new();
        for (document_id, document_text) in docs.iter().enumerate() {
            for term in tokenize(document_text) {
                let posting_list = postings_by_term.entry(term).or_default();
                if posting_list.document_ids.last() == Some(&document_id) {
                    *posting_list.term_frequencies.last_mut().unwrap() += 1;
                } else {
                    posting_list.document_ids.push(document_id);
                    posting_list.term_frequencies.push(1);
                }
            }
        }
        Index { postings_by_term, document_count: docs.len() }
    }

    fn distinct_query_postings(&self, query: &str) -> Option<Vec<&PostingList>> {
        let mut seen_terms = HashSet::new();
        let mut selected_postings = Vec::new();
        for term in tokenize(query) {
            if seen_terms.insert(term.clone()) {
                selected_postings.push(self.postings_by_term.get(&term)?);
            }
        }
        if selected_postings.is_empty() {
            None
        } else {
            Some(selected_postings)
        }
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut selected_postings = match self.distinct_query_postings(query) {
            Some(postings) => postings,
            None => return Vec::new(),
        };
        selected_postings.sort_by_key(|posting| posting.document_ids.len());
        let mut running_result = selected_postings[0].document_ids.clone();
        for posting in &selected_postings[1..] {
            running_result = intersect(&running_result, &posting.document_ids);
        }
        running_result
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let matching_documents = self.search(query);
        if matching_documents.is_empty() {
            return Vec::new();
        }
        let selected_postings = self.distinct_query_postings(query).unwrap_or_default();
        let mut scores = vec![0.0f64; matching_documents.len()];
        let total_documents = self.document_count as f64;
        for posting in selected_postings {
            let inverse_document_frequency =
                1.0 + (total_documents / posting.document_ids.len() as f64).ln();
            let mut posting_position = 0;
            for (hit_position, &hit_id) in matching_documents.iter().enumerate() {
                while posting.document_ids[posting_position] < hit_id {
                    posting_position += 1;
                }
                scores[hit_position] +=
                    posting.term_frequencies[posting_position] as f64 * inverse_document_frequency;
            }
        }
        let mut scored_documents: Vec<(DocId, f64)> =
            matching_documents.into_iter().zip(scores).collect();
        scored_documents.sort_by(|left, right| right.1.total_cmp(&left.1).then(left.0.cmp(&right.0)));
        scored_documents
    }
}
