// learner: optimal
// idiom: PowerShell-admin style: hashtable of term -> list of (doc, count), foreach loops, HashSet for distinct query words, hashtable of scores
use std::collections::{HashMap, HashSet};

pub type DocId = usize;

pub fn tokenize(text: &str) -> Vec<String> {
    let mut allWords: Vec<String> = Vec::new();
    let mut currentWord = String::new();
    for oneCharacter in text.chars() {
        if oneCharacter.is_alphanumeric() {
            currentWord.push(oneCharacter);
        } else if !currentWord.is_empty() {
            allWords.push(currentWord.to_lowercase());
            currentWord.clear();
        }
    }
    if !currentWord.is_empty() {
        allWords.push(currentWord.to_lowercase());
    }
    allWords
}

pub fn intersect(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut commonIds: Vec<DocId> = Vec::new();
    let mut positionInA: usize = 0;
    let mut positionInB: usize = 0;
    loop {
        if positionInA >= a.len() || positionInB >= b.len() {
            break;
        }
        let valueA = a[positionInA];
        let valueB = b[positionInB];
        if valueA == valueB {
            commonIds.push(valueA);
            positionInA += 1;
            positionInB += 1;
        } else if valueA < valueB {
            positionInA += 1;
        } else {
            positionInB += 1;
        }
    }
    commonIds
}

pub struct Index {
    postingTable: HashMap<String, Vec<(DocId, u32)>>,
    totalDocuments: usize,
}

impl Index {
    pub fn new(docs: &[&str]) -> Self {
        let mut postingTable: HashMap<String, Vec<(DocId, u32)>> = HashMap::new();
        for (documentId, documentText) in docs.iter().enumerate() {
            for oneWord in tokenize(documentText) {
                let postingList = postingTable.entry(oneWord).or_default();
                match postingList.last_mut() {
                    Some(lastPair) if lastPair.0 == documentId => lastPair.1 += 1,
                    _ => postingList.push((documentId, 1)),
                }
            }
        }
        Index { postingTable, totalDocuments: docs.len() }
    }

    fn DistinctQueryWords(query: &str) -> Vec<String> {
        let mut alreadySeen: HashSet<String> = HashSet::new();
        let mut distinctWords: Vec<String> = Vec::new();
        for oneWord in tokenize(query) {
            if alreadySeen.insert(oneWord.clone()) {
                distinctWords.push(oneWord);
            }
        }
        distinctWords
    }

    pub fn search(&self, query: &str) -> Vec<DocId> {
        let distinctWords = Self::DistinctQueryWords(query);
        if distinctWords.is_empty() {
            return Vec::new();
        }
        let mut runningResult: Option<Vec<DocId>> = None;
        foreach_word_posting(&self.postingTable, &distinctWords, |postingList| {
            let idsOfThisWord: Vec<DocId> = postingList.iter().map(|pair| pair.0).collect();
            runningResult = Some(match runningResult.take() {
                None => idsOfThisWord,
                Some(previousIds) => intersect(&previousIds, &idsOfThisWord),
            });
        });
        runningResult.unwrap_or_default()
    }

    pub fn ranked(&self, query: &str) -> Vec<(DocId, f64)> {
        let matchingDocuments = self.search(query);
        if matchingDocuments.is_empty() {
            return Vec::new();
        }
        let matchingSet: HashSet<DocId> = matchingDocuments.iter().copied().collect();
        let mut scoreTable: HashMap<DocId, f64> = HashMap::new();
        for oneWord in Self::DistinctQueryWords(query) {
            let postingList = match self.postingTable.get(&oneWord) {
                Some(list) => list,
                None => continue,
            };
            let inverseDocumentFrequency =
                1.0 + (self.totalDocuments as f64 / postingList.len() as f64).ln();
            for &(documentId, termCount) in postingList {
                if matchingSet.contains(&documentId) {
                    *scoreTable.entry(documentId).or_insert(0.0) += termCount as f64 * inverseDocumentFrequency;
                }
            }
        }
        let mut rankedList: Vec<(DocId, f64)> = scoreTable.into_iter().collect();
        rankedList.sort_by(|left, right| right.1.total_cmp(&left.1).then(left.0.cmp(&right.0)));
        rankedList
    }
}

/// Calls the action once per word's posting list; an absent word yields an empty list.
fn foreach_word_posting(
    table: &HashMap<String, Vec<(DocId, u32)>>,
    words: &[String],
    mut action: impl FnMut(&[(DocId, u32)]),
) {
    let emptyList: Vec<(DocId, u32)> = Vec::new();
    for oneWord in words {
        match table.get(oneWord) {
            Some(list) => action(list),
            None => action(&emptyList),
        }
    }
}
