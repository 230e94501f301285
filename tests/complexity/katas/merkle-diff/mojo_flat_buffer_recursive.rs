// learner: optimal
// idiom: Mojo: every level packed into ONE flat digest buffer with a small offsets table (no Vec<Vec>), recursive descent that skips equal subtrees
// why: comparisons only along paths to differing leaves: O(d log n); recursion depth log n; build writes ~2n digests once: O(n)

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

/// All levels in one flat buffer: level `k` is `nodes[offset[k]..offset[k] + width[k]]`.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    nodes: Vec<H::Digest>,
    offset: Vec<usize>,
    width: Vec<usize>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut nodes: Vec<H::Digest> = Vec::with_capacity(2 * n);
        let mut offset = Vec::new();
        let mut width = Vec::new();
        if n > 0 {
            nodes.extend(blocks.iter().map(|b| H::leaf(b)));
            offset.push(0);
            width.push(n);
            let mut start = 0;
            let mut w = n;
            while w > 1 {
                let next_start = nodes.len();
                let mut i = 0;
                while i < w {
                    let d = if i + 1 < w {
                        H::node(nodes[start + i], nodes[start + i + 1])
                    } else {
                        nodes[start + i]
                    };
                    nodes.push(d);
                    i += 2;
                }
                start = next_start;
                w = nodes.len() - next_start;
                offset.push(start);
                width.push(w);
            }
        }
        MerkleTree { nodes, offset, width, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.width.first().copied().unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.width.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.nodes.last().copied()
    }

    #[inline(always)]
    fn at(&self, lvl: usize, i: usize) -> H::Digest {
        self.nodes[self.offset[lvl] + i]
    }

    fn walk(&self, other: &Self, lvl: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if self.at(lvl, i) == other.at(lvl, i) {
            return;
        }
        if lvl == 0 {
            match out.last_mut() {
                Some(r) if r.end == i => r.end += 1,
                _ => out.push(i..i + 1),
            }
            return;
        }
        let l = 2 * i;
        self.walk(other, lvl - 1, l, out);
        if l + 1 < self.width[lvl - 1] {
            self.walk(other, lvl - 1, l + 1, out);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("diff: trees differ in length ({} vs {})", self.len(), other.len());
        }
        let mut out = Vec::new();
        if !self.is_empty() {
            self.walk(other, self.width.len() - 1, 0, &mut out);
        }
        out
    }
}
