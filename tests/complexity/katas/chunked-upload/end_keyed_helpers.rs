// learner: optimal
// idiom: BTreeMap keyed by END -> start, private helper methods, if-heavy, range(lo..).next() walk
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    // key: end of a received range (exclusive), value: its start
    by_end: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, by_end: BTreeMap::new(), received: 0 }
    }

    fn fits(&self, offset: u64, len: u64) -> bool {
        match offset.checked_add(len) {
            Some(end) => end <= self.size,
            None => false,
        }
    }

    /// first stored range whose end is >= `from`, i.e. that touches or lies after `from`
    fn first_touching(&self, from: u64) -> Option<(u64, u64)> {
        self.by_end.range(from..).next().map(|(e, s)| (*s, *e))
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        if !self.fits(offset, len) {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        }
        if len == 0 {
            return Ok(0);
        }
        let mut a = offset;
        let mut b = offset + len;
        let mut already = 0u64;
        // every range with end >= a and start <= b touches [a, b]
        while let Some((s, e)) = self.first_touching(a) {
            if s > b {
                break;
            }
            self.by_end.remove(&e);
            already += e - s;
            if s < a {
                a = s;
            }
            if e > b {
                b = e;
            }
        }
        self.by_end.insert(b, a);
        let new_bytes = (b - a) - already;
        self.received += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result = Vec::new();
        let mut pos = 0u64;
        for (&end, &start) in &self.by_end {
            if start > pos {
                result.push(pos..start);
            }
            pos = end;
        }
        if pos < self.size {
            result.push(pos..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
