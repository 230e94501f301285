// learner: slow
// why: Upload::is_complete is O(n) time and space, target O(1): asks missing() (builds every gap) instead of keeping a byte counter; received_bytes re-sums the ranges
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, spans: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut lo = offset;
        let mut hi = end;
        let mut had = 0;
        if let Some((&s, &e)) = self.spans.range(..offset).next_back() {
            if e >= offset {
                self.spans.remove(&s);
                lo = s;
                hi = hi.max(e);
                had += e - s;
            }
        }
        while let Some((&s, &e)) = self.spans.range(lo..=hi).next() {
            self.spans.remove(&s);
            hi = hi.max(e);
            had += e - s;
        }
        self.spans.insert(lo, hi);
        Ok(hi - lo - had)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut v = Vec::new();
        let mut at = 0;
        for (&s, &e) in &self.spans {
            if s > at {
                v.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            v.push(at..self.size);
        }
        v
    }

    pub fn received_bytes(&self) -> u64 {
        self.spans.iter().map(|(s, e)| e - s).sum()
    }

    pub fn is_complete(&self) -> bool {
        self.missing().is_empty()
    }
}
