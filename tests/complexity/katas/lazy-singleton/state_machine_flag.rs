// learner: optimal
// idiom: Erlang-style state atom in an AtomicU8 (EMPTY/READY), gen_server-like slow path under a Mutex
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, PoisonError};

const ST_EMPTY: u8 = 0;
const ST_READY: u8 = 1;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    gate: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: `slot` is written only while holding `gate` and while `state` is
// EMPTY; once `state` is READY (published with Release) it is never written
// again and only shared references are handed out.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

enum Msg<'a, T> {
    Ready(&'a T),
    Empty,
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { state: AtomicU8::new(ST_EMPTY), gate: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    fn poll(&self) -> Msg<'_, T> {
        match self.state.load(Ordering::Acquire) {
            ST_READY => match unsafe { &*self.slot.get() } {
                Some(v) => Msg::Ready(v),
                None => Msg::Empty,
            },
            _ => Msg::Empty,
        }
    }

    pub fn get(&self) -> Option<&T> {
        match self.poll() {
            Msg::Ready(v) => Some(v),
            Msg::Empty => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Msg::Ready(v) = self.poll() {
            return v;
        }
        let _guard = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
        if let Msg::Ready(v) = self.poll() {
            return v;
        }
        let value = init();
        unsafe {
            *self.slot.get() = Some(value);
        }
        self.state.store(ST_READY, Ordering::Release);
        match self.poll() {
            Msg::Ready(v) => v,
            Msg::Empty => unreachable!("state READY but slot empty"),
        }
    }

    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match taken {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
