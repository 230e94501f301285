// learner: optimal
// idiom: GDScript-style: "chunks" dictionary (BTreeMap start -> end) with explicit loop/break merging, counters as fields, early returns
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    total_size: u64,
    chunks: BTreeMap<u64, u64>,
    got_bytes: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { total_size: size, chunks: BTreeMap::new(), got_bytes: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let err = UploadError::OutOfBounds { offset, len, size: self.total_size };
        if offset > self.total_size || len > self.total_size - offset {
            return Err(err);
        }
        if len == 0 {
            return Ok(0);
        }
        let mut start = offset;
        let mut end = offset + len;
        let mut already_had = 0;

        // left neighbour
        let mut left_key = None;
        if let Some((&s, &e)) = self.chunks.range(..=start).next_back() {
            if e >= start {
                left_key = Some(s);
            }
        }
        if let Some(s) = left_key {
            let e = self.chunks.remove(&s).unwrap();
            already_had += e - s;
            start = s;
            if e > end {
                end = e;
            }
        }

        // everything that starts inside (or right at the end of) the new chunk
        loop {
            let mut next = None;
            if let Some((&s, &e)) = self.chunks.range(start..=end).next() {
                next = Some((s, e));
            }
            let (s, e) = match next {
                Some(pair) => pair,
                None => break,
            };
            self.chunks.remove(&s);
            already_had += e - s;
            if e > end {
                end = e;
            }
        }

        self.chunks.insert(start, end);
        let new_bytes = (end - start) - already_had;
        self.got_bytes += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result = Vec::new();
        let mut pos = 0;
        for (&s, &e) in self.chunks.iter() {
            if s > pos {
                result.push(pos..s);
            }
            pos = e;
        }
        if pos < self.total_size {
            result.push(pos..self.total_size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.got_bytes
    }

    pub fn is_complete(&self) -> bool {
        self.got_bytes == self.total_size
    }
}
