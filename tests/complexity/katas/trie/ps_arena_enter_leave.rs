// learner: optimal
// idiom: PowerShell-admin style: arena Vec of nodes with BTreeMap<char, usize> children, verbose names, explicit Enter/Leave work stack
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct TrieNode {
    childIndexByCharacter: BTreeMap<char, usize>,
    isEndOfWord: bool,
}

enum WorkItem {
    Enter(char, usize),
    Leave,
}

#[derive(Debug)]
pub struct Trie {
    allNodes: Vec<TrieNode>,
    numberOfWords: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        let mut allNodes = Vec::new();
        allNodes.push(TrieNode::default()); // index 0 is the root
        Trie { allNodes, numberOfWords: 0 }
    }

    fn FindNodeIndex(&self, textToFind: &str) -> Option<usize> {
        let mut currentIndex: usize = 0;
        foreach_char(textToFind, |oneCharacter| {
            match self.allNodes[currentIndex].childIndexByCharacter.get(&oneCharacter) {
                Some(&nextIndex) => {
                    currentIndex = nextIndex;
                    true
                }
                None => false,
            }
        })
        .then_some(currentIndex)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut currentIndex: usize = 0;
        for oneCharacter in word.chars() {
            let existingChild = self.allNodes[currentIndex].childIndexByCharacter.get(&oneCharacter).copied();
            if let Some(childIndex) = existingChild {
                currentIndex = childIndex;
            } else {
                let newIndex = self.allNodes.len();
                self.allNodes.push(TrieNode::default());
                self.allNodes[currentIndex].childIndexByCharacter.insert(oneCharacter, newIndex);
                currentIndex = newIndex;
            }
        }
        if self.allNodes[currentIndex].isEndOfWord {
            return false;
        }
        self.allNodes[currentIndex].isEndOfWord = true;
        self.numberOfWords += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.FindNodeIndex(word) {
            Some(foundIndex) => self.allNodes[foundIndex].isEndOfWord,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.numberOfWords == 0 {
            return false;
        }
        self.FindNodeIndex(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.numberOfWords
    }

    pub fn is_empty(&self) -> bool {
        self.numberOfWords == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut resultList: Vec<String> = Vec::new();
        let startIndex = match self.FindNodeIndex(prefix) {
            Some(foundIndex) => foundIndex,
            None => return resultList,
        };
        let mut currentText = String::from(prefix);
        if self.allNodes[startIndex].isEndOfWord {
            resultList.push(currentText.clone());
        }
        let mut workStack: Vec<WorkItem> = Vec::new();
        for (&oneCharacter, &childIndex) in self.allNodes[startIndex].childIndexByCharacter.iter().rev() {
            workStack.push(WorkItem::Enter(oneCharacter, childIndex));
        }
        while let Some(workItem) = workStack.pop() {
            match workItem {
                WorkItem::Leave => {
                    currentText.pop();
                }
                WorkItem::Enter(oneCharacter, nodeIndex) => {
                    currentText.push(oneCharacter);
                    if self.allNodes[nodeIndex].isEndOfWord {
                        resultList.push(currentText.clone());
                    }
                    workStack.push(WorkItem::Leave);
                    for (&childCharacter, &childIndex) in self.allNodes[nodeIndex].childIndexByCharacter.iter().rev() {
                        workStack.push(WorkItem::Enter(childCharacter, childIndex));
                    }
                }
            }
        }
        resultList
    }
}

/// Runs the action for each character; stops and returns false as soon as the action says false.
fn foreach_char(text: &str, mut action: impl FnMut(char) -> bool) -> bool {
    for oneCharacter in text.chars() {
        if !action(oneCharacter) {
            return false;
        }
    }
    true
}
