// learner: optimal
// idiom: MATLAB-style: one flat preallocated digest array with level offsets/lengths, while loops with explicit counters, stack as preallocated arrays + top pointer
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
    nodes: Vec<H::Digest>, // level 0 first, then level 1, ...
    offset: Vec<usize>,    // offset[k] = start of level k in nodes
    width: Vec<usize>,     // width[k]  = number of nodes in level k
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut nodes: Vec<H::Digest> = Vec::with_capacity(2 * n + 1);
        let mut offset: Vec<usize> = Vec::with_capacity(66);
        let mut width: Vec<usize> = Vec::with_capacity(66);
        if n == 0 {
            return MerkleTree { nodes, offset, width, _hasher: PhantomData };
        }
        let mut i = 0;
        while i < n {
            nodes.push(H::leaf(blocks[i]));
            i += 1;
        }
        offset.push(0);
        width.push(n);
        let mut k = 0;
        while width[k] > 1 {
            let start = offset[k];
            let w = width[k];
            let new_start = nodes.len();
            let mut j = 0;
            while j + 1 < w {
                let d = H::node(nodes[start + j], nodes[start + j + 1]);
                nodes.push(d);
                j += 2;
            }
            if j < w {
                let carried = nodes[start + j];
                nodes.push(carried);
            }
            offset.push(new_start);
            width.push((w + 1) / 2);
            k += 1;
        }
        MerkleTree { nodes, offset, width, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        if self.width.len() == 0 { 0 } else { self.width[0] }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        let levels = self.offset.len();
        if levels == 0 {
            return None;
        }
        Some(self.nodes[self.offset[levels - 1]])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length: {} vs {}", self.len(), other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        let levels = self.offset.len();
        if levels == 0 {
            return out;
        }
        // stack of (level, index): at most 2 entries per level are pending
        let mut st_level: Vec<usize> = Vec::with_capacity(2 * levels);
        let mut st_index: Vec<usize> = Vec::with_capacity(2 * levels);
        st_level.push(levels - 1);
        st_index.push(0);
        while st_level.len() > 0 {
            let k = st_level.pop().unwrap();
            let i = st_index.pop().unwrap();
            let p = self.offset[k] + i;
            if self.nodes[p] == other.nodes[p] {
                continue;
            }
            if k == 0 {
                let m = out.len();
                if m > 0 && out[m - 1].end == i {
                    out[m - 1].end = i + 1;
                } else {
                    out.push(i..i + 1);
                }
                continue;
            }
            let left = 2 * i;
            let right = 2 * i + 1;
            if right < self.width[k - 1] {
                st_level.push(k - 1);
                st_index.push(right);
            }
            st_level.push(k - 1);
            st_index.push(left);
        }
        out
    }
}
