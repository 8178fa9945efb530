#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

/// Reads a fuzzer's bytes as a little structured stream: numbers for boxes and sizes, UTF-8 text for words.
class FuzzInput {
public:
    FuzzInput(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}
    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    uint16_t word() { return uint16_t(byte() | (byte() << 8)); }
    /// Up to `max` bytes of text, ended by a zero byte or the end of the input.
    QString text(int max = 64) {
        QByteArray out;
        while (!atEnd() && out.size() < max) {
            const uint8_t b = byte();
            if (b == 0)
                break;
            out.append(char(b));
        }
        return QString::fromUtf8(out);
    }
    QString rest() {
        const QString s =
            QString::fromUtf8(reinterpret_cast<const char*>(m_data + m_pos), qsizetype(m_size - m_pos));
        m_pos = m_size;
        return s;
    }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
};
