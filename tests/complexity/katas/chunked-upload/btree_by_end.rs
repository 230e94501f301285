// learner: optimal
// idiom: BTreeMap keyed by END -> start (search by upper end), match on range().next() in a loop, split_off-free; missing() built with an explicit iterator and Option<u64> cursor
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    by_end: BTreeMap<u64, u64>,
    count: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, by_end: BTreeMap::new(), count: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let stop = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi, mut overlap) = (offset, stop, 0u64);
        // stored ranges with end >= offset, in order of end; they touch us while start <= stop
        loop {
            let (e, s) = match self.by_end.range(offset..).next() {
                Some((&e, &s)) if s <= stop => (e, s),
                _ => break,
            };
            self.by_end.remove(&e);
            overlap += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.by_end.insert(hi, lo);
        let added = hi - lo - overlap;
        self.count += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.by_end.len() + 1);
        let mut cursor = 0u64;
        let mut it = self.by_end.iter();
        loop {
            match it.next() {
                Some((&e, &s)) => {
                    if cursor < s {
                        out.push(cursor..s);
                    }
                    cursor = e;
                }
                None => {
                    if cursor < self.size {
                        out.push(cursor..self.size);
                    }
                    return out;
                }
            }
        }
    }

    pub fn received_bytes(&self) -> u64 {
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count >= self.size
    }
}
