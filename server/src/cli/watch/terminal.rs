//! The terminal side of `kata watch`: raw mode and the alternate screen
//! (restored on every way out: return, error, panic), the keys, and
//! drawing a rendered screen. Without a terminal on stdin there are no
//! keys and no raw mode; the screen is still drawn.

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, queue, terminal};
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Hint,
    Next,
    Rerun,
    List,
    /// `q`, Esc, Ctrl-C, Ctrl-D.
    Quit,
}

pub fn key_of(event: KeyEvent) -> Option<Key> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    match event.code {
        KeyCode::Char('c' | 'd') if ctrl => Some(Key::Quit),
        KeyCode::Char('q') | KeyCode::Esc => Some(Key::Quit),
        KeyCode::Char('h') => Some(Key::Hint),
        KeyCode::Char('n') => Some(Key::Next),
        KeyCode::Char('r') | KeyCode::Enter => Some(Key::Rerun),
        KeyCode::Char('l') => Some(Key::List),
        _ => None,
    }
}

/// Raw mode and the alternate screen while alive; the terminal as it was
/// once dropped (also when unwinding from a panic, whose message the hook
/// prints after the terminal is restored).
pub struct Session {
    raw: bool,
    alternate: bool,
}

fn restore(raw: bool, alternate: bool) {
    if raw {
        let _ = terminal::disable_raw_mode();
    }
    if alternate {
        let _ = execute!(
            std::io::stdout(),
            cursor::Show,
            terminal::LeaveAlternateScreen
        );
    }
}

impl Session {
    pub fn enter() -> std::io::Result<Session> {
        let raw = std::io::stdin().is_terminal();
        let alternate = std::io::stdout().is_terminal();
        if raw {
            terminal::enable_raw_mode()?;
        }
        if alternate {
            execute!(
                std::io::stdout(),
                terminal::EnterAlternateScreen,
                cursor::Hide
            )?;
        }
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore(raw, alternate);
            previous(info);
        }));
        Ok(Session { raw, alternate })
    }

    /// Whether keys can be read.
    pub fn interactive(&self) -> bool {
        self.raw
    }

    /// The terminal's rows, when stdout is one.
    pub fn height(&self) -> Option<usize> {
        if !std::io::stdout().is_terminal() {
            return None;
        }
        terminal::size().ok().map(|(_, rows)| usize::from(rows))
    }

    /// Replaces the screen with `text` (styles stripped where colour is off).
    pub fn draw(&self, text: &str) -> std::io::Result<()> {
        let colour = anstream::AutoStream::choice(&std::io::stdout());
        let text = if colour == anstream::ColorChoice::Never {
            anstream::adapter::strip_str(text).to_string()
        } else {
            text.to_string()
        };
        let mut out = std::io::stdout().lock();
        if std::io::stdout().is_terminal() {
            queue!(
                out,
                cursor::MoveTo(0, 0),
                terminal::Clear(terminal::ClearType::All)
            )?;
        }
        // Raw mode does not turn `\n` into `\r\n`.
        out.write_all(text.replace('\n', "\r\n").as_bytes())?;
        out.flush()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore(self.raw, self.alternate);
    }
}

/// Reads keys on a thread of its own until `stop` is set, sending what
/// they ask for; `on_resize` on a resize.
pub fn read_keys(
    stop: Arc<AtomicBool>,
    mut on_key: impl FnMut(Key) + Send + 'static,
    mut on_resize: impl FnMut() + Send + 'static,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            // Polled, so that the thread sees `stop` and ends.
            match event::poll(Duration::from_millis(100)) {
                Ok(false) => continue,
                Ok(true) => {}
                Err(_) => return,
            }
            match event::read() {
                Ok(Event::Key(key)) => {
                    if let Some(key) = key_of(key) {
                        on_key(key);
                    }
                }
                Ok(Event::Resize(..)) => on_resize(),
                Ok(_) => {}
                Err(_) => return,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_what_they_ask_for() {
        let key = |code, modifiers| key_of(KeyEvent::new(code, modifiers));
        let none = KeyModifiers::NONE;
        let table = [
            (key(KeyCode::Char('h'), none), Some(Key::Hint)),
            (key(KeyCode::Char('n'), none), Some(Key::Next)),
            (key(KeyCode::Char('r'), none), Some(Key::Rerun)),
            (key(KeyCode::Enter, none), Some(Key::Rerun)),
            (key(KeyCode::Char('l'), none), Some(Key::List)),
            (key(KeyCode::Char('q'), none), Some(Key::Quit)),
            (key(KeyCode::Esc, none), Some(Key::Quit)),
            (
                key(KeyCode::Char('c'), KeyModifiers::CONTROL),
                Some(Key::Quit),
            ),
            (key(KeyCode::Char('c'), none), None),
            (key(KeyCode::Char('x'), none), None),
        ];
        for (got, want) in table {
            assert_eq!(got, want);
        }
    }
}
