// learner: optimal
// idiom: one flat Vec arena of all digests with a Vec of level offsets, covered-range arithmetic, loop with early continue, for-loop build
//! Merkle tree diff: see README.md.

use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    fn leaf(data: &[u8]) -> Self::Digest;
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    nodes: Vec<H::Digest>,
    /// starts[k] = offset of level k in `nodes`; starts has one extra entry at the end
    starts: Vec<usize>,
    n: usize,
    _h: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut nodes = Vec::with_capacity(2 * n);
        let mut starts = vec![0];
        for b in blocks {
            nodes.push(H::leaf(b));
        }
        starts.push(nodes.len());
        let mut width = n;
        while width > 1 {
            let from = starts[starts.len() - 2];
            for k in (0..width).step_by(2) {
                let d = if k + 1 < width { H::node(nodes[from + k], nodes[from + k + 1]) } else { nodes[from + k] };
                nodes.push(d);
            }
            width = (width + 1) / 2;
            starts.push(nodes.len());
        }
        MerkleTree { nodes, starts, n, _h: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.n == 0 { None } else { self.nodes.last().copied() }
    }

    fn width(&self, level: usize) -> usize {
        self.starts[level + 1] - self.starts[level]
    }

    fn at(&self, level: usize, i: usize) -> H::Digest {
        self.nodes[self.starts[level] + i]
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("length mismatch: {} blocks vs {}", self.n, other.n);
        }
        let mut ranges: Vec<Range<usize>> = vec![];
        if self.n == 0 {
            return ranges;
        }
        let levels = self.starts.len() - 1;
        let mut todo = vec![(levels - 1, 0usize)];
        loop {
            let Some((level, i)) = todo.pop() else { break };
            if self.at(level, i) == other.at(level, i) {
                continue;
            }
            if level > 0 {
                let child = i * 2;
                if child + 1 < self.width(level - 1) {
                    todo.push((level - 1, child + 1));
                }
                todo.push((level - 1, child));
                continue;
            }
            if let Some(last) = ranges.last_mut().filter(|r| r.end == i) {
                last.end = i + 1;
            } else {
                ranges.push(i..i + 1);
            }
        }
        ranges
    }
}
