// learner: slow
// why: Upload::received_bytes is O(n) time, target O(1): sums every stored range with fold on each call (is_complete too)
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: BTreeMap<u64, u64>, // start -> end (exclusive), merged, never touching
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new() }
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

        // a range that begins before us and reaches our start
        if let Some((&s, &e)) = self.ranges.range(..start).next_back() {
            if e >= start {
                self.ranges.remove(&s);
                already += overlap(s, e, offset, end);
                start = s;
                stop = stop.max(e);
            }
        }
        // ranges that begin inside [start, stop]
        while let Some((&s, &e)) = self.ranges.range(start..=stop).next() {
            self.ranges.remove(&s);
            already += overlap(s, e, offset, end);
            stop = stop.max(e);
        }
        self.ranges.insert(start, stop);
        let fresh = len - already;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor = 0;
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
        // like ranges.reduce((acc, [s, e]) => acc + (e - s), 0)
        self.ranges.iter().fold(0, |acc, (&s, &e)| acc + (e - s))
    }

    pub fn is_complete(&self) -> bool {
        self.received_bytes() == self.size
    }
}

fn overlap(s: u64, e: u64, a: u64, b: u64) -> u64 {
    let lo = s.max(a);
    let hi = e.min(b);
    if hi > lo { hi - lo } else { 0 }
}
