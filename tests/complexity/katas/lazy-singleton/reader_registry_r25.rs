// learner: slow
// idiom: Delphi/Object Pascal desktop developer: double-checked locking with a flag and a critical section, plus a TList-style registry of the threads that have used the singleton (for diagnostics), searched on every access
// why: OnceCell::get_or_init (and Lazy::force through it) does a linear `contains` over a Vec<ThreadId> of every thread that read before: O(t) per read instead of the O(1) one atomic load, so the 8n-read probe after n threads is O(n^2).
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    FAssigned: AtomicBool,
    FCriticalSection: Mutex<()>,
    FUsers: Mutex<Vec<ThreadId>>,
    FValue: UnsafeCell<Option<T>>,
}

// SAFETY: FValue is written once under FCriticalSection before FAssigned is
// set with Release; readers check FAssigned with Acquire first.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            FAssigned: AtomicBool::new(false),
            FCriticalSection: Mutex::new(()),
            FUsers: Mutex::new(Vec::new()),
            FValue: UnsafeCell::new(None),
        }
    }

    /// Remember which threads use the instance (handy when hunting leaks).
    fn RegisterUser(&self) {
        let Me = thread::current().id();
        let mut Users = match self.FUsers.lock() {
            Ok(G) => G,
            Err(P) => P.into_inner(),
        };
        if !Users.contains(&Me) {
            Users.push(Me);
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.FAssigned.load(Ordering::Acquire) {
            // SAFETY: assigned ⇒ written and never changed again.
            unsafe { (*self.FValue.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.RegisterUser();
        if !self.FAssigned.load(Ordering::Acquire) {
            let _Lock = match self.FCriticalSection.lock() {
                Ok(G) => G,
                Err(P) => P.into_inner(),
            };
            if !self.FAssigned.load(Ordering::Acquire) {
                let NewValue = init();
                // SAFETY: inside the critical section and not yet assigned.
                unsafe { *self.FValue.get() = Some(NewValue) };
                self.FAssigned.store(true, Ordering::Release);
            }
        }
        self.get().unwrap()
    }

    pub fn into_inner(self) -> Option<T> {
        self.FValue.into_inner()
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
            let InitProc = match this.init.lock() {
                Ok(mut G) => G.take(),
                Err(P) => P.into_inner().take(),
            };
            match InitProc {
                Some(Proc) => Proc(),
                None => panic!("Lazy: initialiser failed before"),
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
