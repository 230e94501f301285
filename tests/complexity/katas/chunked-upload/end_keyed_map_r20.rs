// learner: optimal
// idiom: C-style with the map keyed the other way: BTreeMap end->start, one range(offset..) probe per absorbed neighbour, while-loop merge
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    count: u64,
    by_end: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, count: 0, by_end: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let stop = offset.checked_add(len);
        if stop.is_none() || stop.unwrap() > self.size {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        }
        let stop = stop.unwrap();
        if len == 0 {
            return Ok(0);
        }
        let mut a = offset;
        let mut b = stop;
        let mut old = 0u64;
        // every stored range with end >= offset and start <= stop touches the chunk;
        // ranges are disjoint and sorted by end, so they come first in range(offset..)
        while let Some((&e, &s)) = self.by_end.range(offset..).next() {
            if s > b {
                break;
            }
            self.by_end.remove(&e);
            old += e - s;
            if s < a {
                a = s;
            }
            if e > b {
                b = e;
            }
        }
        self.by_end.insert(b, a);
        let added = (b - a) - old;
        self.count += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.by_end.len() + 1);
        let mut pos = 0u64;
        for (&e, &s) in self.by_end.iter() {
            if pos < s {
                out.push(pos..s);
            }
            pos = e;
        }
        if pos < self.size {
            out.push(pos..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count == self.size
    }
}
