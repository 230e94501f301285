// learner: optimal
// idiom: Visual FoxPro database developer: a BTreeMap term dictionary (like a .CDX tag) gives each term a record number into parallel doc/tf tables; intersection walks the shorter table and gallops (exponential SEEK then binary search) through the longer one from the last hit.
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::BTreeMap;

/// A document's position in the slice given to `Index::new`.
pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut la_out: Vec<String> = Vec::new();
    let mut ln_start: Option<usize> = None;
    for (ln_pos, lc_char) in text.char_indices() {
        if lc_char.is_alphanumeric() {
            if ln_start.is_none() {
                ln_start = Some(ln_pos);
            }
        } else if let Some(ln_from) = ln_start.take() {
            la_out.push(text[ln_from..ln_pos].to_lowercase());
        }
    }
    if let Some(ln_from) = ln_start {
        la_out.push(text[ln_from..].to_lowercase());
    }
    la_out
}

/// First position at or after `ln_from` whose value is >= `ln_key`
/// (exponential steps, then a binary search inside the last step).
fn gallop(la_list: &[DocId], ln_from: usize, ln_key: DocId) -> usize {
    let mut ln_step = 1usize;
    let mut ln_lo = ln_from;
    let mut ln_hi = ln_from;
    while ln_hi < la_list.len() && la_list[ln_hi] < ln_key {
        ln_lo = ln_hi + 1;
        ln_hi = ln_from + ln_step;
        ln_step *= 2;
    }
    let ln_hi = ln_hi.min(la_list.len());
    ln_lo + la_list[ln_lo..ln_hi].partition_point(|&d| d < ln_key)
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let (la_short, la_long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut la_out: Vec<DocId> = Vec::new();
    let mut ln_ptr = 0usize;
    for &ln_doc in la_short {
        ln_ptr = gallop(la_long, ln_ptr, ln_doc);
        if ln_ptr == la_long.len() {
            break;
        }
        if la_long[ln_ptr] == ln_doc {
            la_out.push(ln_doc);
            ln_ptr += 1;
        }
    }
    la_out
}

pub struct Index {
    idx_dictionary: BTreeMap<String, usize>,
    la_docs: Vec<Vec<DocId>>,
    la_tfs: Vec<Vec<u32>>,
    ln_total_docs: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut lo_index = Index {
            idx_dictionary: BTreeMap::new(),
            la_docs: Vec::new(),
            la_tfs: Vec::new(),
            ln_total_docs: docs.len(),
        };
        for (ln_doc, lc_text) in docs.iter().enumerate() {
            for lc_term in tokenize(lc_text) {
                let ln_next = lo_index.la_docs.len();
                let ln_recno = *lo_index.idx_dictionary.entry(lc_term).or_insert(ln_next);
                if ln_recno == ln_next {
                    lo_index.la_docs.push(Vec::new());
                    lo_index.la_tfs.push(Vec::new());
                }
                if lo_index.la_docs[ln_recno].last() == Some(&ln_doc) {
                    *lo_index.la_tfs[ln_recno].last_mut().unwrap() += 1;
                } else {
                    lo_index.la_docs[ln_recno].push(ln_doc);
                    lo_index.la_tfs[ln_recno].push(1);
                }
            }
        }
        lo_index
    }

    /// Record numbers of the distinct query terms, shortest posting list first.
    fn term_recnos(&self, query: &str) -> Vec<usize> {
        let mut la_recnos: Vec<usize> = Vec::new();
        for lc_term in tokenize(query) {
            match self.idx_dictionary.get(&lc_term) {
                Some(&ln_recno) => {
                    if !la_recnos.contains(&ln_recno) {
                        la_recnos.push(ln_recno);
                    }
                }
                None => return Vec::new(),
            }
        }
        la_recnos.sort_by_key(|&r| self.la_docs[r].len());
        la_recnos
    }

    fn hits_of(&self, la_recnos: &[usize]) -> Vec<DocId> {
        let Some((&ln_first, la_rest)) = la_recnos.split_first() else {
            return Vec::new();
        };
        let mut la_hits = self.la_docs[ln_first].clone();
        for &ln_recno in la_rest {
            la_hits = intersect(&la_hits, &self.la_docs[ln_recno]);
        }
        la_hits
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        self.hits_of(&self.term_recnos(query))
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let la_recnos = self.term_recnos(query);
        let la_hits = self.hits_of(&la_recnos);
        let mut la_rows: Vec<(DocId, f64)> = la_hits.iter().map(|&d| (d, 0.0)).collect();
        for &ln_recno in &la_recnos {
            let la_list = &self.la_docs[ln_recno];
            let ln_idf = 1.0 + (self.ln_total_docs as f64 / la_list.len() as f64).ln();
            let mut ln_ptr = 0usize;
            for lo_row in la_rows.iter_mut() {
                ln_ptr = gallop(la_list, ln_ptr, lo_row.0);
                lo_row.1 += self.la_tfs[ln_recno][ln_ptr] as f64 * ln_idf;
            }
        }
        la_rows.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        la_rows
    }
}
