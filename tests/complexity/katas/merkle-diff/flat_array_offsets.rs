// learner: optimal
// idiom: one flat Vec of all levels plus level offsets (heap-like layout); build by a for loop over each level's pairs; diff with a VecDeque-free Vec stack; blocks covered by a node computed by shifts only for output
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
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
    /// All levels one after the other, the leaves first.
    nodes: Vec<H::Digest>,
    /// starts[k] = index in `nodes` of level k's first node; starts[k + 1] - starts[k] its width.
    starts: Vec<usize>,
    n: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut nodes: Vec<H::Digest> = Vec::with_capacity(2 * n);
        let mut starts = vec![0];
        nodes.extend(blocks.iter().map(|b| H::leaf(b)));
        let mut width = n;
        while width > 1 {
            let from = *starts.last().unwrap();
            starts.push(nodes.len());
            for j in (0..width).step_by(2) {
                let d = if j + 1 < width { H::node(nodes[from + j], nodes[from + j + 1]) } else { nodes[from + j] };
                nodes.push(d);
            }
            width = width.div_ceil(2);
        }
        starts.push(nodes.len());
        MerkleTree { nodes, starts, n, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.nodes.last().copied()
    }

    fn width(&self, level: usize) -> usize {
        self.starts[level + 1] - self.starts[level]
    }

    fn at(&self, level: usize, i: usize) -> H::Digest {
        self.nodes[self.starts[level] + i]
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n != other.n {
            panic!("trees differ in length ({} vs {})", self.n, other.n);
        }
        let mut ranges: Vec<Range<usize>> = Vec::new();
        if self.n == 0 {
            return ranges;
        }
        let top = self.starts.len() - 2;
        let mut todo: Vec<(usize, usize)> = Vec::with_capacity(2 * top + 2);
        todo.push((top, 0));
        while let Some((level, i)) = todo.pop() {
            if self.at(level, i) == other.at(level, i) {
                continue;
            }
            if level > 0 {
                let (l, r) = (2 * i, 2 * i + 1);
                if r < self.width(level - 1) {
                    todo.push((level - 1, r));
                }
                todo.push((level - 1, l));
            } else if ranges.last().is_some_and(|last| last.end == i) {
                ranges.last_mut().unwrap().end = i + 1;
            } else {
                ranges.push(i..i + 1);
            }
        }
        ranges
    }
}
