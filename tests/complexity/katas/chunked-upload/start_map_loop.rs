// learner: optimal
// idiom: C-style: BTreeMap start->end, absorb-left then loop/break absorbing right neighbours, running byte counter
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
        let mut lo = offset;
        let mut hi = end;
        let mut already: u64 = 0;

        let mut left: Option<(u64, u64)> = None;
        if let Some((&s, &e)) = self.spans.range(..offset).next_back() {
            if e >= offset {
                left = Some((s, e));
            }
        }
        if let Some((s, e)) = left {
            self.spans.remove(&s);
            already += e - s;
            lo = s;
            if e > hi {
                hi = e;
            }
        }
        loop {
            let (s, e) = match self.spans.range(offset..=hi).next() {
                Some((&s, &e)) => (s, e),
                None => break,
            };
            self.spans.remove(&s);
            already += e - s;
            if e > hi {
                hi = e;
            }
        }
        self.spans.insert(lo, hi);
        let fresh = (hi - lo) - already;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor: u64 = 0;
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
