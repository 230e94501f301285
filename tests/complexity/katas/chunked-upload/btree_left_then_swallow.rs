// learner: optimal
// idiom: Kotlin-ish: BTreeMap start->end, left neighbour via range(..a).next_back(), then while-let swallow of ranges starting in [a, b], when-style bounds check
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: u64,
    ranges: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: 0, ranges: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut start = offset;
        let mut stop = end;
        let mut already = 0u64;
        if let Some((&s, &e)) = self.ranges.range(..offset).next_back() {
            if e >= offset {
                self.ranges.remove(&s);
                already += e - s;
                start = s;
                stop = stop.max(e);
            }
        }
        while let Some((&s, &e)) = self.ranges.range(offset..=stop).next() {
            self.ranges.remove(&s);
            already += e - s;
            stop = stop.max(e);
        }
        self.ranges.insert(start, stop);
        let fresh = (stop - start) - already;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor = 0u64;
        for (&s, &e) in &self.ranges {
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
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
