//! What an expression evaluates to, as far as costs care: its type, or an
//! iterator and how many elements it yields, and what the walk knows of
//! its size.

use super::*;

/// What an expression evaluates to, as far as costs care.
#[derive(Debug, Clone)]
pub(super) struct Val {
    pub(super) ty: Ty,
    /// An iterator, and how many elements it yields.
    pub(super) iter: Option<Class>,
    /// Per-element work of the lazy adaptors so far (closures of `map`, …).
    pub(super) per: Part,
    /// The chain started with `chars()`/`bytes()`.
    pub(super) chars: bool,
    /// A local collection created empty, with every insertion seen: how
    /// many elements it can hold (the product of the loops around its
    /// pushes), instead of n.
    pub(super) bound: Option<Class>,
    /// Bound by `let` in this function (pushing into it is extra space).
    pub(super) local: bool,
    /// How many loops enclosed its binding.
    pub(super) depth: usize,
    /// One element of a collection, or derived from a number: a call that
    /// receives only such values works on a constant amount of data.
    pub(super) elem: bool,
    /// One list of a collection of lists (`adj[u]`, the `list` of
    /// `for list in adj`): walking it for every node visits each element
    /// of the nested structure once in total.
    pub(super) node_list: bool,
    /// An iterator over a collection of lists: its items are such lists.
    pub(super) nested: bool,
    /// An iterator whose items overlap (`windows`): each is a view of the
    /// input as long as the window, not a part of it, so walking every
    /// item does not add up to the input.
    pub(super) overlapping: bool,
    /// `bound` is a cap insertions cannot raise: a list only ever filled
    /// from one node's character-keyed children holds at most σ.
    pub(super) capped: bool,
    /// An iterator over a value of a type the walk does not know (what a
    /// call it did not follow returns: `tree.children_of(i).iter()`): its
    /// length n is an assumption, so walking it is only an upper bound, as
    /// a `for` over such a value is.
    pub(super) assumed_len: bool,
}

/// A value of this kind has a length the walk does not know (a type it
/// does not model, a wrapper, a struct of the file): walking it n times is
/// an assumption, not a derivation.
pub(super) fn length_unknown(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Unknown | Kind::Wrapper | Kind::Shared | Kind::Named(_)
    )
}

impl Val {
    pub(super) fn unknown() -> Val {
        Val::of(Ty::UNKNOWN)
    }
    pub(super) fn of(ty: Ty) -> Val {
        Val {
            ty,
            iter: None,
            per: Part::one(),
            chars: false,
            bound: None,
            local: false,
            depth: 0,
            elem: false,
            node_list: false,
            nested: false,
            overlapping: false,
            capped: false,
            assumed_len: false,
        }
    }
    /// A number a helper of the file returns: passed on, it is no size;
    /// counting up to it assumes it is n, which the walk does not know (a
    /// skip list's random level is at most a constant, `self.len()` is n).
    pub(super) fn helper_number(ty: Ty) -> Val {
        Val {
            assumed_len: true,
            ..Val::of(ty)
        }
    }
    /// An element: small unless its type says it is a collection.
    pub(super) fn elem(ty: Ty) -> Val {
        let elem = !ty.is_sized();
        Val {
            elem,
            ..Val::of(ty)
        }
    }
    /// Holds a constant amount of data.
    pub(super) fn is_small(&self) -> bool {
        self.iter.is_none_or(|l| l.is_one())
            && !self.ty.is_sized()
            && (self.elem || matches!(self.ty.kind(), Kind::Scalar | Kind::Array))
    }
    pub(super) fn iter(len: Class) -> Val {
        Val {
            iter: Some(len),
            ..Val::unknown()
        }
    }
    /// How many elements it holds or yields.
    pub(super) fn size(&self) -> Class {
        match self.iter {
            Some(len) => len,
            None if self.ty.is_sized() => self.bound.unwrap_or(Class::N),
            None => Class::ONE,
        }
    }
}
