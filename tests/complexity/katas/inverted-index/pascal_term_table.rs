// learner: optimal
// idiom: Delphi-style: term table (HashMap word -> term number) with parallel arrays of postings, while-loops with explicit indexes, char-by-char tokenizer, insertion of q terms by hand
//! A tiny search engine: an inverted index over a fixed set of documents,
//! AND queries answered by merging sorted posting lists, TF-IDF ranking.

use std::collections::HashMap;

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut Words: Vec<String> = Vec::new();
    let mut Current = String::new();
    for Ch in text.chars() {
        if Ch.is_alphanumeric() {
            Current.push(Ch);
        } else if !Current.is_empty() {
            Words.push(Current.to_lowercase());
            Current.clear();
        }
    }
    if !Current.is_empty() {
        Words.push(Current.to_lowercase());
    }
    Words
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut Result: Vec<DocId> = Vec::new();
    let mut I: usize = 0;
    let mut J: usize = 0;
    while (I < a.len()) && (J < b.len()) {
        if a[I] < b[J] {
            I = I + 1;
        } else if a[I] > b[J] {
            J = J + 1;
        } else {
            Result.push(a[I]);
            I = I + 1;
            J = J + 1;
        }
    }
    Result
}

#[allow(non_snake_case)]
pub struct Index {
    TermNo: HashMap<String, usize>,
    DocIds: Vec<Vec<DocId>>, // per term number
    Counts: Vec<Vec<u32>>,   // per term number, beside DocIds
    DocCount: usize,
}

#[allow(non_snake_case)]
impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut Idx = Index { TermNo: HashMap::new(), DocIds: Vec::new(), Counts: Vec::new(), DocCount: docs.len() };
        let mut D: usize = 0;
        while D < docs.len() {
            for Word in tokenize(docs[D]) {
                let NextNo = Idx.DocIds.len();
                let T = *Idx.TermNo.entry(Word).or_insert(NextNo);
                if T == NextNo {
                    Idx.DocIds.push(Vec::new());
                    Idx.Counts.push(Vec::new());
                }
                let L = Idx.DocIds[T].len();
                if L > 0 && Idx.DocIds[T][L - 1] == D {
                    Idx.Counts[T][L - 1] += 1;
                } else {
                    Idx.DocIds[T].push(D);
                    Idx.Counts[T].push(1);
                }
            }
            D = D + 1;
        }
        Idx
    }

    /// Fills Terms with the distinct term numbers of the query, shortest posting list first.
    /// Returns false when the query has no words or a word that no document contains.
    fn QueryTerms(&self, Query: &str, Terms: &mut Vec<usize>) -> bool {
        Terms.clear();
        for Word in tokenize(Query) {
            match self.TermNo.get(&Word) {
                None => return false,
                Some(&T) => {
                    // insert T keeping the list ordered by posting length, skipping duplicates
                    let mut K: usize = 0;
                    let mut Dup = false;
                    while K < Terms.len() {
                        if Terms[K] == T {
                            Dup = true;
                        }
                        K = K + 1;
                    }
                    if !Dup {
                        let mut P: usize = Terms.len();
                        Terms.push(T);
                        while P > 0 && self.DocIds[Terms[P - 1]].len() > self.DocIds[T].len() {
                            Terms[P] = Terms[P - 1];
                            P = P - 1;
                        }
                        Terms[P] = T;
                    }
                }
            }
        }
        !Terms.is_empty()
    }

    fn Matches(&self, Terms: &[usize]) -> Vec<DocId> {
        let mut Hits = self.DocIds[Terms[0]].clone();
        let mut K: usize = 1;
        while K < Terms.len() && !Hits.is_empty() {
            Hits = intersect(&Hits, &self.DocIds[Terms[K]]);
            K = K + 1;
        }
        Hits
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let mut Terms: Vec<usize> = Vec::new();
        if !self.QueryTerms(query, &mut Terms) {
            return Vec::new();
        }
        self.Matches(&Terms)
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let mut Terms: Vec<usize> = Vec::new();
        if !self.QueryTerms(query, &mut Terms) {
            return Vec::new();
        }
        let Hits = self.Matches(&Terms);
        let mut Scores: Vec<f64> = vec![0.0; Hits.len()];
        let mut K: usize = 0;
        while K < Terms.len() {
            let T = Terms[K];
            let Ids = &self.DocIds[T];
            let Idf = 1.0 + (self.DocCount as f64 / Ids.len() as f64).ln();
            let mut I: usize = 0; // in Hits
            let mut J: usize = 0; // in Ids
            while I < Hits.len() {
                while Ids[J] < Hits[I] {
                    J = J + 1;
                }
                Scores[I] = Scores[I] + self.Counts[T][J] as f64 * Idf;
                I = I + 1;
            }
            K = K + 1;
        }
        let mut Result: Vec<(DocId, f64)> = Vec::with_capacity(Hits.len());
        let mut I: usize = 0;
        while I < Hits.len() {
            Result.push((Hits[I], Scores[I]));
            I = I + 1;
        }
        Result.sort_by(|A, B| B.1.total_cmp(&A.1).then(A.0.cmp(&B.0)));
        Result
    }
}
