// learner: optimal
// idiom: perf programmer; BTreeMap<start, end> of merged ranges, left neighbour via range(..a).next_back(), swallow loop via range(a..=b).next(), running byte total
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}


#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    got: u64,
    spans: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, got: 0, spans: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, end);
        let mut had: u64 = 0;
        if let Some((&s, &e)) = self.spans.range(..a).next_back() {
            if e >= a {
                self.spans.remove(&s);
                had += e - s;
                a = s;
                if e > b {
                    b = e;
                }
            }
        }
        while let Some((&s, &e)) = self.spans.range(a..=b).next() {
            self.spans.remove(&s);
            had += e - s;
            if e > b {
                b = e;
            }
        }
        self.spans.insert(a, b);
        let fresh = (b - a) - had;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor = 0u64;
        for (&s, &e) in &self.spans {
            if s > cursor {
                gaps.push(cursor..s);
            }
            cursor = e;
        }
        if cursor < self.size {
            gaps.push(cursor..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got == self.size
    }
}
